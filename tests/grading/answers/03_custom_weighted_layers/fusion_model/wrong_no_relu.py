# Misconception: the branches' activation does not matter when a learned merge follows.
# Expect: fail "the branches have no activation"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(4)(s) for s in sensors]
    return keras.Model(sensors, keras.layers.Dense(1)(merge(branches)))
