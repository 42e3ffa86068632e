# Misconception: concatenation order is free
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))

    feats = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([context, signal])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    return keras.Model([signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([feats, gate])))
