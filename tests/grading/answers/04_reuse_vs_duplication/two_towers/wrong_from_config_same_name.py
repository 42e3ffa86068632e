# Misconception: from_config(get_config()) can be used as it is (it keeps the original's name).
# Expect: fail "both named 'encoder'"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    twin = keras.layers.Dense.from_config(encoder.get_config())
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
