<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Walkthrough</name>
    <message>
        <source>The design is locked while the network trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the Input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one Flatten layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My first network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This canvas holds layers this walkthrough does not use ({kinds}). Start from an empty canvas: File › New… › Empty canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canvas for your first network is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag Input from the Layers palette onto the canvas (or double-click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are {count} Input layers; this network needs one. Delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the Input layer and set its Format to “image” (28×28×1); Flatten will unroll it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Input layer gives 28×28 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Flatten layer from the Layers palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are {count} Flatten layers; keep one and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Flatten layer will unroll 28×28 pixels into 784 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Dense layer from the Layers palette: it becomes the hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the Dense layer “{id}” and set its Units to 128 (now {units}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden layer “{id}” has 128 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden layer uses {activation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linear hidden layer adds nothing: two linear maps in a row are one linear map. Choose relu, sigmoid or tanh as its Activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax belongs on the output layer. Choose relu, sigmoid or tanh for the hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activation} works too, but this walkthrough compares sigmoid, tanh and relu: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier (Glorot) normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With all weights zero every hidden unit computes the same thing and learns the same thing. Choose glorot_uniform (Xavier) or random_normal (Gaussian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gaussian with σ = {std:g} makes the weighted sums huge and the units saturate; use a small σ such as 0.05, or Xavier (glorot_uniform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden layer starts from {name} random weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are {count} Dense layers; this network needs two (128 hidden units and 10 outputs). Delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second Dense layer for the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the output layer&apos;s Units to 10, one per digit (now {units}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the output layer&apos;s Activation to softmax, so that its 10 outputs are probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id}” gives 10 softmax outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some layers are missing; go back a few steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect “{source}” to “{target}”: drag from the bottom port of one to the top port of the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection from “{source}” to “{target}”: click it and press Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>784 → 128 → 10: a valid network with {count:,} weights and biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided First Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided First Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build, train and use your first network, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A neural network is a mapping: it takes an image and gives back ten numbers, one per digit. We build the tutorial&apos;s network, 784 inputs, 128 hidden units, 10 outputs, one layer at a time. Choose &lt;b&gt;File › New…&lt;/b&gt; and pick &lt;b&gt;Empty canvas&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Input layer is where the data enters. Each MNIST digit is a 28×28 grid of gray levels, 784 numbers from 0 (black) to 1 (white ink). Drag &lt;b&gt;Input&lt;/b&gt; from the Layers palette onto the canvas and keep its Format “image”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten the image to 784 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dense layer does not know about rows and columns: it takes one list of numbers. &lt;b&gt;Flatten&lt;/b&gt; unrolls the 28×28 grid row by row into a vector x = (x&lt;sub&gt;1&lt;/sub&gt;, …, x&lt;sub&gt;784&lt;/sub&gt;). Add it under the Input; step 8 makes sure every layer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden Dense layer with 128 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a &lt;b&gt;Dense&lt;/b&gt; layer every unit is connected to every input, with one weight w&lt;sub&gt;ij&lt;/sub&gt; per connection and one bias b&lt;sub&gt;j&lt;/sub&gt; per unit. Add a Dense layer and set its &lt;b&gt;Units&lt;/b&gt; to 128 in the Properties panel: 784 × 128 weights + 128 biases = 100,480 numbers to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit passes its weighted sum z through an activation function φ; without it, stacked layers would collapse into one linear map. Sigmoid squashes z into 0…1 and tanh into −1…1, but both go flat for large |z|, so their gradients vanish. &lt;b&gt;ReLU&lt;/b&gt;, max(0, z), keeps a slope of 1 for z &gt; 0 and usually trains fastest: a good choice for the hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the weight initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training starts from small random weights; if all were equal, every unit would learn the same thing. A &lt;b&gt;Gaussian&lt;/b&gt; (random_normal) with a fixed σ such as 0.05 works for small networks. &lt;b&gt;Xavier (Glorot)&lt;/b&gt; scales the spread to the layer&apos;s size, Var(w) = 2 / (n&lt;sub&gt;in&lt;/sub&gt; + n&lt;sub&gt;out&lt;/sub&gt;), so signals neither grow nor fade from layer to layer. Pick it in &lt;b&gt;Weight initializer&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer: 10 units and softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward propagation computes every layer from the one before: output&lt;sub&gt;j&lt;/sub&gt; = φ(Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt;). The output layer has one unit per digit, so add a Dense layer with &lt;b&gt;Units&lt;/b&gt; 10 and &lt;b&gt;Activation&lt;/b&gt; softmax, which turns the ten sums into probabilities that add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data flows along the connections: Input → Flatten → Dense 128 → Dense 10. Drag from a layer&apos;s bottom port to the top port of the next one. The chain of mappings, 28×28 pixels in and 10 probabilities out, is the whole network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To learn, the network needs one number that says how wrong it is: the loss L. Mean squared error treats the ten outputs like any numbers; &lt;b&gt;cross entropy&lt;/b&gt;, L = −log p&lt;sub&gt;correct&lt;/sub&gt;, punishes confident mistakes hard and pairs with softmax to give clean gradients. Click an empty spot of the canvas to see the training settings and choose &lt;b&gt;Loss&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation and the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation applies the chain rule from the loss back through the layers to find ∂L/∂w for every weight. Gradient descent then steps downhill: w ← w − η ∂L/∂w, with η the learning rate. Mini-batch &lt;b&gt;SGD&lt;/b&gt; takes one step per batch of, say, 32 images. Choose Optimizer SGD, a batch size and a learning rate around 0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and watch the curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Train&lt;/b&gt;. Each epoch passes over all training images once; the loss curve should fall batch by batch while the accuracy on held-back validation images rises. At the end the network is tested on digits it never saw: aim for more than 80%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the weights and gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;Weights&lt;/b&gt; panel: for the hidden layer each tile shows one unit&apos;s 784 weights as a 28×28 picture, the pixels that push it up in one color and down in the other. Then open &lt;b&gt;Gradients&lt;/b&gt;: one line per layer shows how large ∂L/∂W was during training; a layer near the input whose line sinks far below the others would have vanishing gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the &lt;b&gt;Sketch&lt;/b&gt; pad. NetDesigner shrinks it to 28×28 and centres it as in MNIST, then runs it forward through your network: the bars are the ten softmax outputs and the largest one is the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is cross entropy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error learns slowly behind softmax: its gradient shrinks when an answer is confidently wrong. Choose Loss: cross entropy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Optimizer: SGD. It is exactly the rule w ← w − η ∂L/∂w; the others change the step size on their own, which can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “Full batch”: mini-batch SGD updates the weights after every batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches of {size} images give few updates per epoch; choose a batch size of 16 to 128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning rate of {rate:g} barely moves the weights with SGD; try 0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning rate of {rate:g} overshoots and the loss blows up; try 0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch SGD, {size} images per batch, learning rate η = {rate:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy {accuracy:.1%} on digits the network never saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training… watch the loss fall in the Training panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run diverged: the loss blew up. Lower the learning rate and train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your best run reached {accuracy:.1%}; the goal is more than 80%. Train again with more epochs, or tick Continue to keep training the same weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Train (F5) and let the run finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have looked at the weights and the gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network first (F5): these panels show the network trained now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Weights panel: its tab is at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now open the Gradients panel, next to the Weights tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your network has read your handwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the network first (F5), then draw a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the Sketch pad with the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughPanel</name>
    <message>
        <source>Guided first model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out this step; Edit › Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the progress and begin again at step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress is kept: Help › Guided First Model… resumes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} is no longer done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish this step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first model works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You mapped 784 pixels to 10 probabilities, trained the mapping with backpropagation and read your own handwriting with it. Try what the tutorial suggests next: sigmoid instead of ReLU, a Gaussian initialization, a smaller or larger learning rate, and compare the runs (select two in the Training panel and press Compare).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
