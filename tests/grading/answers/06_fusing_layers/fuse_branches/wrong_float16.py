# Misconception: the wide layer may compute in half precision to be faster (float16 rounds
# the outputs by more than the task allows) (explained from the layer's dtype by
# fusing_layers.check_same_function, no table entry).
# Expect: fail "the fused layer computes in float16 \(its dtype\), not float32"
def fuse_branches(branches):
    parts = [branches.get_layer(n).get_weights() for n in ("speed", "heat", "noise")]
    wide = keras.layers.Dense(10, activation="relu", dtype="float16")
    model = keras.Sequential([keras.Input(shape=(6,)), wide])
    wide.set_weights(
        [np.concatenate([k for k, _ in parts], -1), np.concatenate([b for _, b in parts])]
    )
    return model
