# Misconception: features use relu like any hidden layer
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))

    feats = keras.layers.Dense(6, activation="relu")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    return keras.Model([signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([feats, gate])))
