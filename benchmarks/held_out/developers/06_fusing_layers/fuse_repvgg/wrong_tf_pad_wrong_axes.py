# Misconception: tf.pad pads the 1x1 kernel on its channel axes to make it 3x3
# Expect: fail
import tensorflow as tf


def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    k1_as_3x3 = tf.pad(k1, [[0, 0], [0, 0], [1, 1], [1, 1]])
    eye = tf.pad(tf.eye(4)[None, None], [[1, 1], [1, 1], [0, 0], [0, 0]])
    kernel = k3 + k1_as_3x3 + eye
    conv = keras.layers.Conv2D(4, 3, padding="same", activation="relu")
    model = keras.Sequential([keras.Input(shape=(8, 8, 4)), conv])
    conv.set_weights([kernel.numpy(), b3 + b1])
    return model
