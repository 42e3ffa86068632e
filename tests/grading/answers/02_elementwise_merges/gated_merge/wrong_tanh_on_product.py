# Misconception: the features' tanh goes after the gating, on the product, instead of on the
# features (a misplaced activation, explained by the architecture's one-change search, no
# table entry).
# Expect: fail "the tanh that the task puts on features is after gated in your model"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6)(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Activation("tanh")(keras.layers.Multiply()([features, gate]))
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
