# Wrong: a ReLU on the head (explained by structure, no table entry).
# Expect: fail "the head has activation relu"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.layers.Dense(8, activation="tanh")(signal)
    gate = keras.layers.Dense(8, activation="sigmoid")(context)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(1, activation="relu")(gated))
