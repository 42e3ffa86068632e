# Misconception: each branch keeps its sensor's width (Dense(n) for n values); they no
# longer share a shape, so the branches are widened to the widest, 8.
# (explained by structure, no table entry)
# Expect: fail "has 8 units, the task asks for 4"
def build_fusion_model(merge):
    sensors = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(8, activation="relu")(s) for s in sensors]
    return keras.Model(sensors, keras.layers.Dense(1)(merge(branches)))
