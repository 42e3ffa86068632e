# Misconception: the branch and the shortcut are put together along axis 0, as older tutorials
# wrote concatenate(..., axis=0); axis 0 is the batch, so the model returns two rows per example
# and builds without an error (explained by elementwise_merges.check_batch_axis, no table entry).
# Expect: fail "tensors were joined along the batch axis \(axis 0\): the output stacks the rows of 2"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.concatenate([branch, shortcut], axis=0)
    merged = keras.layers.Activation("relu")(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))
