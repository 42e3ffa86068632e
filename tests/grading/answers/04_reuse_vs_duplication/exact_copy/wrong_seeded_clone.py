# Misconception: with the random seed set again, a clone draws the encoder's values
# (a seed repeats initial values; the encoder's came from training)
# (explained from the names the code uses by check_exact_copy, no table entry).
# Expect: fail "a seed makes a new model's initial values repeatable"
def copy_encoder(encoder):
    keras.utils.set_random_seed(0)
    return keras.models.clone_model(encoder)
