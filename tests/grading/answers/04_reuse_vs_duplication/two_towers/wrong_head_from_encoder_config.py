# Misconception: the head can be made from the encoder's configuration as well (it keeps
# the encoder's units and activation: Dense(4, tanh), not Dense(1, sigmoid))
# (explained by structure, no table entry).
# Expect: fail "the head \(Dense\) reading the output of Concatenate\(axis=-1\) has 4 units, the task asks for 1"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    config = encoder.get_config()
    del config["name"]
    twin = type(encoder).from_config(config)
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    head = type(encoder).from_config(config)
    return keras.Model([left, right], head(merged))
