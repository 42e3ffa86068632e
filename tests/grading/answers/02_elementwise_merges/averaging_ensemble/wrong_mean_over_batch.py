# Misconception: keras.ops.mean of the stacked members averages them whatever the axis; axis 1
# of the stack is the batch axis (explained by elementwise_merges.check_batch_axis, no table
# entry).
# Expect: fail "combines the examples of a batch with each other"
def build_ensemble():
    inputs = keras.Input(shape=(6,))
    network = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(network)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    stacked = keras.ops.stack([network, linear])
    return keras.Model(inputs, keras.ops.mean(stacked, axis=1))
