def valid_username(name):
    return len(name) > 0
