# Misconception: the features should also read the context
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))

    both = keras.layers.Concatenate()([signal, context])
    feats = keras.layers.Dense(6, activation="tanh")(both)
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    return keras.Model([signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([feats, gate])))
