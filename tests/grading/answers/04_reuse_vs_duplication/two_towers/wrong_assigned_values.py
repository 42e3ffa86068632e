# Misconception: a duplicate should start from the encoder's values, copied variable by
# variable with assign (an exact copy, not a fresh one)
# (explained from the names the code uses by check_fresh_duplicate, no table entry).
# Expect: fail "variable\.assign copied the values of the given encoder into the duplicate"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    config = encoder.get_config()
    config["name"] = "document_encoder"
    twin = keras.layers.Dense.from_config(config)
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    for mine, theirs in zip(twin.weights, encoder.weights, strict=True):
        mine.assign(theirs)
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
