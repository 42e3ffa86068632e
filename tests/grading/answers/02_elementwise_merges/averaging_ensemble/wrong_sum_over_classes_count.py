# Misconception: the sum of the members divided by the number of classes (explained by structure from the values computed in code, graph._affine, no table entry).
# Expect: fail "computes 0\.25 × x \+ 0\.25 × y in code"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = (network + linear) / 4
    return keras.Model(inputs, output)
