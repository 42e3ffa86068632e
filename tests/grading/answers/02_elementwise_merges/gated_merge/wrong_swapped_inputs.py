# Wrong: the signal feeds the gate and the context feeds the features (explained by structure, no table entry).
# Expect: fail "in your model it is the other way round"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.layers.Dense(8, activation="tanh")(context)
    gate = keras.layers.Dense(8, activation="sigmoid")(signal)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(1)(gated))
