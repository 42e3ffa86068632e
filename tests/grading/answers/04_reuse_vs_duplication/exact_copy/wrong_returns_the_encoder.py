# Misconception: assigning a model to a new name makes a copy of it.
# Expect: fail "the encoder itself, the same object"
def copy_encoder(encoder):
    duplicate = encoder
    return duplicate
