# Misconception: the relu is applied once, after the merge, instead of in each branch
# Expect: fail
def build_fusion_model(merge):
    inputs = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(4)(i) for i in inputs]
    fused = keras.layers.Activation("relu")(merge(branches))
    return keras.Model(inputs, keras.layers.Dense(1)(fused))
