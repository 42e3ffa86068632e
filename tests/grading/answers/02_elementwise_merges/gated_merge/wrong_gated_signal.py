# Misconception: gating means multiplying the raw input, before any layer.
# Expect: fail "it gates the 20 inputs, not the 6 features"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(20, activation="sigmoid")(both)
    gated = keras.layers.Multiply()([signal, gate])
    features = keras.layers.Dense(6, activation="tanh")(gated)
    return keras.Model([signal, context], keras.layers.Dense(2)(features))
