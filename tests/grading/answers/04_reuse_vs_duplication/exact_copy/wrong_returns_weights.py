# Misconception: a copy of a model is a copy of its weights (get_weights gives a list of
# arrays, not a model that computes anything).
# Expect: fail "What copy_encoder\(\) returns"
def copy_encoder(encoder):
    return encoder.get_weights()
