# Misconception: relu features, as in most tutorials
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,)); context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="relu")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(keras.layers.Concatenate()([signal, context]))
    return keras.Model([signal, context], keras.layers.Dense(2)(keras.layers.Multiply()([features, gate])))
