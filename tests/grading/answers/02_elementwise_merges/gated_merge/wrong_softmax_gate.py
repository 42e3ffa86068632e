# Misconception: a gate shares the signal out among the features, so it ends with a softmax.
# Expect: fail "the gate has a softmax: its 6 values share one unit"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="softmax")(both)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
