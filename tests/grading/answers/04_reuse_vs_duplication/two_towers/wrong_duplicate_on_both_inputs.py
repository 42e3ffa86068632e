# Misconception: the duplicate is the encoder to use; the given one is only its template
# (one duplicate, shared by both inputs: a layer shared where two were asked)
# (explained from the duplicate's calls by check_given_used, no table entry).
# Expect: fail "one duplicate of the given encoder reads both inputs"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    config = encoder.get_config()
    del config["name"]
    twin = type(encoder).from_config(config)
    merged = keras.layers.Concatenate()([twin(left), twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
