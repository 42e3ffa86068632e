# Misconception: any activation that keeps values positive makes a gate (a ReLU is not bounded
# by 1) (explained by the architecture's one-change search, no table entry).
# Expect: fail "gate \(Dense\(6\) on both\) has a relu where the task asks for a sigmoid"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="relu")(both)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
