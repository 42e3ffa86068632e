# Misconception: one relu after the merge does the branches' work (relu(a) + relu(b) is not
# relu(a + b): the merge mixes raw, negative values) (named by custom_weighted_layers.KNOWN,
# the architecture it builds)
# Expect: fail "the relu is applied once, after the merge, instead of on each branch"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4)(s) for s in sensors]
    fused = keras.layers.ReLU()(merge(branches))
    return keras.Model(sensors, keras.layers.Dense(1)(fused))
