from django.contrib.auth.hashers import Argon2PasswordHasher


class QuickArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2 with small costs, for the test suite only: same algorithm, same code paths,
    a fraction of the time (argon2 keeps its parameters in each hash)."""

    time_cost = 1
    memory_cost = 1024
    parallelism = 1
