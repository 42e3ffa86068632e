# Misconception: the pair to fuse is load_pair()'s, so load it again instead of using the argument
# Expect: fail
def fuse_pair(pair):
    trained = load_pair()
    w1, b1 = trained.get_layer("first").get_weights()
    w2, b2 = trained.get_layer("second").get_weights()
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    return model
