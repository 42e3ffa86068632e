# Misconception: the given encoder is a template, to be duplicated for both inputs.
# Expect: fail "the given encoder is not in the model"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    towers = []
    for _ in range(2):
        config = encoder.get_config()
        config.pop("name")
        towers.append(keras.layers.Dense.from_config(config))
    merged = keras.layers.Concatenate()([towers[0](left), towers[1](right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
