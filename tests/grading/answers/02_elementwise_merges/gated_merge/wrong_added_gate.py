# Misconception: a gate is combined with the features like a residual, by adding it.
# Expect: fail "the gate was added to the features"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.layers.Dense(8, activation="tanh")(signal)
    gate = keras.layers.Dense(8, activation="sigmoid")(context)
    gated = keras.layers.Add()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(1)(gated))
