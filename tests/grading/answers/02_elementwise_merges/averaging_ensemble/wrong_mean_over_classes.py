# Misconception: average = mean of the concatenated probabilities over the last axis (explained by structure from the values computed in code, graph._reduction, no table entry).
# Expect: fail "then your model takes the mean of that over its last axis"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.ops.mean(
        keras.ops.concatenate([network, linear], axis=-1), axis=-1, keepdims=True
    )
    return keras.Model(inputs, output)
