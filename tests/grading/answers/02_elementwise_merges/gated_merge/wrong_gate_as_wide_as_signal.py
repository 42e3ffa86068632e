# Misconception: the gate has one value per input value (12), whatever it multiplies.
# Expect: fail "raised ValueError[\s\S]*differ: \(8,\) and \(12,\)"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.layers.Dense(8, activation="tanh")(signal)
    gate = keras.layers.Dense(12, activation="sigmoid")(context)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(1)(gated))
