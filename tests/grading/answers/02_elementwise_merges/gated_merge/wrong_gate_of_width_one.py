# Misconception: a gate is one number per example (Keras broadcasts it without an error).
# Expect: fail "the gate has 1 unit, not 8"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.layers.Dense(8, activation="tanh")(signal)
    gate = keras.layers.Dense(1, activation="sigmoid")(context)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(1)(gated))
