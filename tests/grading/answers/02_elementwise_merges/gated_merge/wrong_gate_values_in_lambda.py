# Misconception: inside a Lambda the gate's values can be read with .numpy() and multiplied in (explained from the Lambda's own error by raised.values_of_symbolic, no table entry).
# Expect: fail "in the lambda function.*\.numpy\(\) asks|\.numpy\(\) asks `t\[1\]` for its values"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    both = keras.layers.Concatenate()([signal, context])
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Lambda(lambda t: t[0] * t[1].numpy())([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
