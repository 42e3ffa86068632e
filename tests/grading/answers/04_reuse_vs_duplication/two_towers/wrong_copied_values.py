# Misconception: a duplicate should start from the original's values (an exact copy, not a fresh one).
# Expect: fail "set_weights\(get_weights\(\)\) copied the values: that makes an exact copy"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    config = encoder.get_config()
    del config["name"]
    twin = keras.layers.Dense.from_config(config)
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    twin.set_weights(encoder.get_weights())
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
