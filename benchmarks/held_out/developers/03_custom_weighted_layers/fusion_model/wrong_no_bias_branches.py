# Misconception: the merge's weights replace the branches' biases (use_bias=False)
# Expect: fail
def build_fusion_model(merge):
    inputs = [keras.Input(shape=(3,)), keras.Input(shape=(5,)), keras.Input(shape=(7,))]
    branches = [keras.layers.Dense(4, activation="relu", use_bias=False)(i) for i in inputs]
    return keras.Model(inputs, keras.layers.Dense(1)(merge(branches)))
