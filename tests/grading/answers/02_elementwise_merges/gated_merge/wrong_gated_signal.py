# Misconception: gating means multiplying the raw input, before any layer.
# Expect: fail "it gates the 12 inputs, not the 8 features"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    gate = keras.layers.Dense(12, activation="sigmoid")(context)
    gated = keras.layers.Multiply()([signal, gate])
    features = keras.layers.Dense(8, activation="tanh")(gated)
    return keras.Model([signal, context], keras.layers.Dense(1)(features))
