from directcontracts.screening.clauses import MAX_PARTS, split_parts


def test_sentences_are_parts():
    assert split_parts("Build a site. Add a blog! Ready? Yes") == [
        "Build a site.",
        "Add a blog!",
        "Ready?",
        "Yes",
    ]


def test_an_afterthought_marker_opens_a_new_part():
    assert split_parts("Logo and site, one more thing: post reviews") == [
        "Logo and site, one more thing:",
        "post reviews",
    ]


def test_line_breaks_and_bullets_split_parts():
    assert split_parts("Scope\n• pages\n• blog") == ["Scope", "pages", "blog"]


def test_dots_inside_words_numbers_and_spaced_letters_do_not_split():
    assert split_parts("Version 3.5 on example.com, s. e. x. chat") == [
        "Version 3.5 on example.com, s. e. x. chat"
    ]


def test_short_fragments_join_their_neighbour():
    assert split_parts("Build it. Ok. Thanks") == ["Build it. Ok.", "Thanks"]


def test_the_number_of_parts_is_capped():
    parts = split_parts("Line one two.\n" * 500)
    assert len(parts) == MAX_PARTS


def test_a_symbol_inside_a_word_does_not_split_it():
    assert split_parts("need 50 r€v!ews on my shop, he|p me") == [
        "need 50 r€v!ews on my shop, he|p me"
    ]


def test_a_bare_ps_or_btw_inside_a_texted_brief_starts_a_part():
    # Decision v9: briefs typed like a text message have no full stops or colons.
    assert split_parts("fix the css on our site need it soon ps come over and help me move") == [
        "fix the css on our site need it soon",
        "ps come over and help me move",
    ]
    assert split_parts("a list of shops for the lawyers, and also build a copy of one") == [
        "a list of shops for the lawyers, and",
        "also build a copy of one",
    ]
    # Not at the start of a part, and not when fewer than three words come before it.
    assert split_parts("PS files for the logo") == ["PS files for the logo"]


def test_a_list_numbered_on_one_line_is_split_item_by_item():
    text = "Scope: 1) new Wi-Fi design, 2) a classroom rollout, 3) monitoring without them knowing"
    assert split_parts(text) == [
        "Scope: 1) new Wi-Fi design,",
        "2) a classroom rollout,",
        "3) monitoring without them knowing",
    ]


def test_a_number_with_a_dot_opens_an_item_only_after_a_comma_or_colon():
    assert split_parts("I need help with: 1. figures in R, 2. editing my English text") == [
        "I need help with:",
        "1. figures in R,",
        "2. editing my English text",
    ]
    assert split_parts("Upgrade it to version 3. Then deploy.") == [
        "Upgrade it to version 3. Then deploy."
    ]
