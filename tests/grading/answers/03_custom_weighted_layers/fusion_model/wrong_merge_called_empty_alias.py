# Misconception: the merge is made by calling what the function received, then used on the
# branches (explained by raised._layer_called_empty from the learner's line and frame, no table
# entry)
# Expect: fail "`weigh` is already a layer \(a WeightedMerge object"
def build_fusion_model(merge):
    inputs = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="relu")(x) for x in inputs]
    weigh = merge
    layer = weigh()
    fused = layer(branches)
    return keras.Model(inputs, keras.layers.Dense(1)(fused))
