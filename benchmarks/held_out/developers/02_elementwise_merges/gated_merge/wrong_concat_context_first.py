# Misconception: the order of the concatenation does not matter (context first)
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([context, signal])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Multiply()([features, gate])
    output = keras.layers.Dense(2)(gated)
    return keras.Model([signal, context], output)
