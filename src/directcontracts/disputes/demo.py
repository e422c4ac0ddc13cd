def load_disputes(log):  # replaced below in this change
    return None
