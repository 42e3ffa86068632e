# Misconception: Add applies the gate (the gate is added to the features)
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Add()([features, gate])
    output = keras.layers.Dense(2)(gated)
    return keras.Model([signal, context], output)
