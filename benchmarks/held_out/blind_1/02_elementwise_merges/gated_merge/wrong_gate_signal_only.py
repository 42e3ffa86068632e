# Misconception: the gate reads the signal only, as in the lesson
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))

    feats = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(signal)
    return keras.Model([signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([feats, gate])))
