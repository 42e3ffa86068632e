# Misconception: clone_model copies a model, values included (it gives fresh values).
# Expect: fail "(?s)every one of its 4 variables holds other values.*clone_model \(like from_config\(get_config\(\)\)\) repeats the architecture"
def copy_encoder(encoder):
    return keras.models.clone_model(encoder)
