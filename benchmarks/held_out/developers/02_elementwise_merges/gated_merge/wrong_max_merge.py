# Misconception: Maximum lets the larger of feature and gate through
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,)); context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(keras.layers.Concatenate()([signal, context]))
    return keras.Model([signal, context], keras.layers.Dense(2)(keras.layers.Maximum()([features, gate])))
