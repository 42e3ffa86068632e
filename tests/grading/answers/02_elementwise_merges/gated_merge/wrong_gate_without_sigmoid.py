# Misconception: any Dense output can serve as a gate; the sigmoid is optional.
# Expect: fail "the gate has no sigmoid"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.layers.Dense(8, activation="tanh")(signal)
    gate = keras.layers.Dense(8)(context)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(1)(gated))
