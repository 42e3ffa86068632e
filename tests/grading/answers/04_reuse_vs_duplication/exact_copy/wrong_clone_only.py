# Misconception: clone_model copies a model, values included (it gives fresh values).
# Expect: fail "every one of its 4 variables holds other values"
def copy_encoder(encoder):
    return keras.models.clone_model(encoder)
