# Misconception: the gate says how much to block, so multiply by 1 - gate (explained by structure from the values computed in code, graph._affine, no table entry).
# Expect: fail "extra 1 - x \(computed in code\) between the output of the gate"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(
        keras.layers.Concatenate()([signal, context])
    )
    return keras.Model([signal, context], keras.layers.Dense(2)(features * (1 - gate)))
