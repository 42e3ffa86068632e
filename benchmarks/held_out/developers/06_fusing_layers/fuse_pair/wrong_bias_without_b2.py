# Misconception: the first bias travels through W2, and that is the whole bias (b2 forgotten)
# Expect: fail
def fuse_pair(pair):
    first = pair.get_layer("first")
    second = pair.get_layer("second")
    kernel = first.kernel.numpy() @ second.kernel.numpy()
    bias = first.bias.numpy() @ second.kernel.numpy()
    dense = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), dense])
    dense.set_weights([kernel, bias])
    return model
