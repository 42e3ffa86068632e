# Wrong: a ReLU on the head (explained by the architecture's one-change search, no table entry).
# Expect: fail "head \(Dense\(2\) on gated\) has a relu where the task asks for no activation"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2, activation="relu")(gated))
