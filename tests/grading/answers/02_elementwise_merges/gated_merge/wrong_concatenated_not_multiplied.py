# Misconception: the features and the gate are both kept, side by side, for the head to combine.
# Expect: fail "the features and the gate were concatenated, not multiplied"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Concatenate()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
