# Misconception: side by side means adding the inputs after a projection of the context to 20
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Add()([signal, keras.layers.Dense(20)(context)])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Multiply()([features, gate])
    output = keras.layers.Dense(2)(gated)
    return keras.Model([signal, context], output)
